/* Applies the reader's saved display preferences (larger text, high contrast) before the page is
   painted, so the page never flashes in the wrong style. Loaded synchronously in <head>. */
(function () {
  try {
    var root = document.documentElement;
    ['text-large', 'high-contrast'].forEach(function (name) {
      if (window.localStorage.getItem('zt-' + name) === 'on') {
        root.classList.add(name);
      }
    });
  } catch (e) {
    /* Storage may be disabled: the page simply uses the default style. */
  }
}());
