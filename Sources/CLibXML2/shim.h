/* libxml2 built with ICU pulls in the system's unicode/*.h, whose UErrorCode
   clashes with the copy inside Foundation (_FoundationICU). sitegen never uses
   libxml2's ICU converters, so hide that part of the headers. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
