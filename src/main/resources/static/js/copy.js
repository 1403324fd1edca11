/* 复制链接 beside a read-only field: the button is hidden until this script runs. It copies
   with the Clipboard API where the page may use it (HTTPS or localhost), else with the older
   copy command; when neither works the link is selected for Ctrl+C. The outcome is said in
   the status line that follows (role=status), so screen readers hear it too. */
(function () {
  document.querySelectorAll('[data-copy-from]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy-from'));
    var status = button.closest('.alert, form, div').querySelector('[data-copy-status]');
    if (!field) {
      return;
    }
    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }
    function fallback() {
      field.focus();
      field.select();
      var done = false;
      try {
        done = document.execCommand('copy');
      } catch (e) {
        done = false;
      }
      say(button.getAttribute(done ? 'data-copied' : 'data-manual'));
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () {
          say(button.getAttribute('data-copied'));
        }, fallback);
      } else {
        fallback();
      }
    });
  });
}());
