/* The workbench sidebar on a phone: closed behind its 菜单 button, open on a wide screen.
   Loaded right after the sidebar so a phone never shows it open first; without
   JavaScript the menu simply stays open. */
(function () {
  var menu = document.querySelector('details.wb-menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 48rem)');
  function fit() {
    menu.open = !narrow.matches;
  }
  fit();
  if (narrow.addEventListener) {
    narrow.addEventListener('change', fit);
  }
})();
