/* The larger-text and high-contrast switches. They are buttons with aria-pressed, hidden until
   this script runs (they need it), and remember the choice in localStorage. */
(function () {
  var root = document.documentElement;
  function save(name, on) {
    try {
      window.localStorage.setItem('zt-' + name, on ? 'on' : 'off');
    } catch (e) {
      /* Not remembered, but still applied to this page. */
    }
  }
  document.querySelectorAll('[data-preference]').forEach(function (button) {
    var name = button.getAttribute('data-preference');
    button.hidden = false;
    button.setAttribute('aria-pressed', root.classList.contains(name) ? 'true' : 'false');
    button.addEventListener('click', function () {
      var on = root.classList.toggle(name);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      save(name, on);
    });
  });
}());

/* Print and copy-link on article pages: buttons hidden until this script runs. */
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
  var status = document.querySelector('[data-copied]');
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
        if (status) {
          status.textContent = status.getAttribute('data-message');
        }
      });
    });
  });
}());
