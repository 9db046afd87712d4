import SitegenCore
print(JapaneseEra.fiscalYearLabel(2024))
