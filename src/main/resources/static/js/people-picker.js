// 选人: the people picker's search asks /workbench/people for the choices and puts them in
// place without reloading the page (so nothing typed elsewhere on it is lost). Without this
// script the search form reloads the page, which then shows the same choices.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('people-search')) {
      return;
    }
    var choices = document.getElementById('people-choices');
    var endpoint = form.getAttribute('data-people-endpoint');
    if (!choices || !endpoint || !window.fetch) {
      return;
    }
    event.preventDefault();
    var query = new URLSearchParams(new FormData(form));
    query.set('field', choices.getAttribute('data-field') || 'username');
    fetch(endpoint + '?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var fresh = template.content.querySelector('.people-found');
        var found = choices.querySelector('.people-found');
        if (fresh && found) {
          // The live region stays: screen readers announce what was found.
          found.innerHTML = fresh.innerHTML;
        }
      })
      .catch(function () {
        form.submit();
      });
  });
})();
