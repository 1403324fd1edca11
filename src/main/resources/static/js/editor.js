/* 正文 as rich text. Quill (checked in under /assets/vendor/quill-2.0.3) takes the place of the HTML
   textarea when this script runs; without it the textarea stays and works as before. What the
   editor sends is sanitized on the server like any other HTML. A text with tables stays in the
   textarea: the editor would flatten them. Tab leaves the editor (no keyboard trap). */
(function () {
  var area = document.querySelector('textarea[data-rich-text]');
  if (!area || !window.Quill || /<table/i.test(area.value)) {
    return;
  }
  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  var leave = { key: 'Tab', handler: function () { return true; } };
  var holder = document.createElement('div');
  holder.className = 'rich-text';
  area.parentNode.insertBefore(holder, area.nextSibling);
  var quill = new window.Quill(holder, {
    theme: 'snow',
    modules: {
      toolbar: [[{ header: [2, 3, false] }], ['bold', 'italic'], [{ list: 'ordered' }, { list: 'bullet' }],
        ['blockquote', 'link'], ['clean']],
      keyboard: { bindings: { tab: leave, indent: leave, outdent: { key: 'Tab', shiftKey: true, handler: leave.handler } } }
    }
  });
  var html = area.value.trim();
  if (html && html.charAt(0) !== '<') {
    // Plain text as the server reads it: a paragraph at each blank line.
    html = html.split(/\n\s*\n/).map(function (p) { return '<p>' + escape(p.trim()) + '</p>'; }).join('');
  }
  quill.clipboard.dangerouslyPasteHTML(html, 'silent');
  area.hidden = true;

  // The editor is named by the field's label and hint, its buttons by the page's language.
  var label = document.querySelector('label[for="' + area.id + '"]');
  var root = quill.root;
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-multiline', 'true');
  if (label) {
    label.id = label.id || area.id + '-label';
    root.setAttribute('aria-labelledby', label.id);
    label.addEventListener('click', function (event) {
      event.preventDefault();
      quill.focus();
    });
  }
  if (area.getAttribute('aria-describedby')) {
    root.setAttribute('aria-describedby', area.getAttribute('aria-describedby'));
  }
  holder.parentNode.querySelectorAll('.ql-toolbar button, .ql-toolbar .ql-picker-label').forEach(function (button) {
    var name = (button.className.match(/ql-(bold|italic|blockquote|link|clean|list)/) || [])[1]
      || (button.classList.contains('ql-picker-label') ? 'header' : null);
    if (name === 'list') {
      name = 'list-' + button.value;
    }
    var text = name && area.getAttribute('data-label-' + name);
    if (text) {
      button.setAttribute('aria-label', text);
      button.setAttribute('title', text);
    }
  });

  area.form.addEventListener('submit', function () {
    area.value = quill.getText().trim() === '' && !root.querySelector('img')
      ? '' : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  });
}());
