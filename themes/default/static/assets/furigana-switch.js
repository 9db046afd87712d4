// The furigana switch on easy-Japanese pages. Without this script the switch
// (a checkbox) still hides and shows the readings on its page through CSS
// (:has); the script only remembers the choice for the next pages.
(function () {
  "use strict";
  var key = "sitegen-furigana";
  var root = document.documentElement;
  var stored = null;
  try { stored = window.localStorage.getItem(key); } catch (e) { stored = null; }
  // Before the page is drawn, so readings the reader turned off never flash.
  if (stored === "off") { root.classList.add("furigana-off"); }

  function connect() {
    var box = document.getElementById("furigana-switch");
    if (!box) { return; }
    if (stored === "off") { box.checked = false; }
    root.classList.remove("furigana-off");
    box.addEventListener("change", function () {
      try { window.localStorage.setItem(key, box.checked ? "on" : "off"); } catch (e) { /* private mode: this page only */ }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", connect);
  } else {
    connect();
  }
}());
