/* Keeps an interview's transcript up to date without reloading the page: every few seconds it asks
   for the lines published after the last one shown and adds them to the list, which is a polite live
   region, so screen readers read each new line once they are idle. When the interview ends it says so
   and stops. Without JavaScript the page's refresh link does the same. Text is set with textContent:
   nothing received is ever read as HTML. */
(function () {
  var list = document.getElementById('transcript-lines');
  if (!list || list.getAttribute('data-state') === 'ENDED') {
    return;
  }
  var url = list.getAttribute('data-lines-url');
  var last = parseInt(list.getAttribute('data-last') || '0', 10);
  var state = list.getAttribute('data-state');
  var stateText = document.getElementById('interview-state');
  var empty = document.getElementById('transcript-empty');

  function span(text, className) {
    var element = document.createElement(className === 'speaker' ? 'strong' : 'span');
    if (className && className !== 'speaker') {
      element.className = className;
    }
    element.textContent = text;
    return element;
  }

  function add(line) {
    var item = document.createElement('li');
    if (line.question) {
      var asked = document.createElement('p');
      asked.className = 'hint';
      asked.appendChild(span(list.getAttribute('data-label-question')));
      asked.appendChild(document.createTextNode(' '));
      asked.appendChild(span(line.question));
      item.appendChild(asked);
    }
    item.appendChild(span(line.speaker, 'speaker'));
    item.appendChild(document.createTextNode(' '));
    item.appendChild(span(line.text));
    item.appendChild(document.createTextNode(' '));
    item.appendChild(span(line.time, 'hint'));
    list.appendChild(item);
    if (empty) {
      empty.hidden = true;
    }
  }

  function poll() {
    fetch(url + '?after=' + last, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        answer.lines.forEach(function (line) {
          if (line.seq > last) {
            add(line);
            last = line.seq;
          }
        });
        if (answer.state !== state) {
          state = answer.state;
          var label = list.getAttribute('data-label-' + state.toLowerCase());
          if (stateText && label) {
            stateText.textContent = label;
          }
        }
        if (state !== 'ENDED') {
          window.setTimeout(poll, state === 'LIVE' ? 5000 : 30000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 15000);
      });
  }

  window.setTimeout(poll, state === 'LIVE' ? 5000 : 30000);
}());
