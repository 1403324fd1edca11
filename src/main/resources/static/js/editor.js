/* 正文 as rich text. Quill (checked in under /assets/vendor/quill-2.0.3) takes the place of the HTML
   textarea when this script runs; without it the textarea stays and works as before. What the
   editor sends is sanitized on the server like any other HTML. A text with tables stays in the
   textarea: the editor would flatten them. Tab leaves the editor (no keyboard trap).

   Nothing typed is lost without warning: pictures are uploaded and put where the cursor is,
   files are uploaded and removed without leaving the page, another form of the page (题图,
   预览链接) saves the draft first, and leaving the page with unsaved changes asks first. */
(function () {
  var area = document.querySelector('textarea[data-rich-text]');
  if (!area) {
    return;
  }
  var form = area.form;
  var quill = null;
  if (window.Quill && !/<table/i.test(area.value)) {
    quill = richText();
  }
  var leaving = false;
  var saved = snapshot();
  var unsavedNote = form.querySelector('[data-unsaved]');

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function richText() {
    var leave = { key: 'Tab', handler: function () { return true; } };
    var holder = document.createElement('div');
    holder.className = 'rich-text';
    area.parentNode.insertBefore(holder, area.nextSibling);
    var uploads = form.getAttribute('data-files-url');
    var editor = new window.Quill(holder, {
      theme: 'snow',
      modules: {
        toolbar: {
          container: [[{ header: [2, 3, false] }], ['bold', 'italic'], [{ list: 'ordered' }, { list: 'bullet' }],
            uploads ? ['blockquote', 'link', 'image'] : ['blockquote', 'link'], ['clean']],
          handlers: { image: function () { choosePicture(); } }
        },
        keyboard: { bindings: { tab: leave, indent: leave, outdent: { key: 'Tab', shiftKey: true, handler: leave.handler } } }
      }
    });
    var html = area.value.trim();
    if (html && html.charAt(0) !== '<') {
      // Plain text as the server reads it: a paragraph at each blank line.
      html = html.split(/\n\s*\n/).map(function (p) { return '<p>' + escape(p.trim()) + '</p>'; }).join('');
    }
    editor.clipboard.dangerouslyPasteHTML(html, 'silent');
    area.hidden = true;

    // The editor is named by the field's label and hint, its buttons by the page's language.
    var label = document.querySelector('label[for="' + area.id + '"]');
    var root = editor.root;
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    if (label) {
      label.id = label.id || area.id + '-label';
      root.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function (event) {
        event.preventDefault();
        editor.focus();
      });
    }
    if (area.getAttribute('aria-describedby')) {
      root.setAttribute('aria-describedby', area.getAttribute('aria-describedby'));
    }
    holder.parentNode.querySelectorAll('.ql-toolbar button, .ql-toolbar .ql-picker-label').forEach(function (button) {
      var name = (button.className.match(/ql-(bold|italic|blockquote|link|clean|list|image)/) || [])[1]
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
    return editor;
  }

  /* The body as it is sent: the editor's HTML, or nothing when it holds nothing. */
  function body() {
    if (!quill) {
      return area.value;
    }
    return quill.getText().trim() === '' && !quill.root.querySelector('img')
      ? '' : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  }

  function snapshot() {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name === '_csrf' || field.type === 'submit' || field.type === 'file'
        || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked)) {
        return;
      }
      parts.push(field.name + '=' + (field === area ? body() : field.value));
    });
    return parts.join('\u0000');
  }

  function dirty() {
    return snapshot() !== saved;
  }

  function showUnsaved() {
    if (unsavedNote) {
      unsavedNote.hidden = !dirty();
    }
  }

  form.addEventListener('input', showUnsaved);
  form.addEventListener('change', showUnsaved);
  if (quill) {
    quill.on('text-change', showUnsaved);
  }

  form.addEventListener('submit', function () {
    area.value = body();
    leaving = true;
  });

  window.addEventListener('beforeunload', function (event) {
    if (!leaving && dirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  window.addEventListener('pageshow', function () {
    leaving = false;
  });

  /* ---- Files, without leaving the page (only where the page offers them). ---- */
  var filesUrl = form.getAttribute('data-files-url');
  var section = document.getElementById('files');
  if (!filesUrl || !section) {
    return;
  }
  var status = document.getElementById('files-status');
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var lastIndex = null;
  if (quill) {
    quill.on('selection-change', function (range) {
      if (range) {
        lastIndex = range.index;
      }
    });
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function message(name, value) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{0}', value || '');
  }

  function send(url, data) {
    var headers = { 'X-Requested-With': 'fetch', Accept: 'application/json' };
    if (csrf && csrfHeader) {
      headers[csrfHeader.content] = csrf.content;
    }
    return fetch(url, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
        return (json ? response.json() : Promise.resolve({})).then(function (answer) {
          if (!response.ok) {
            throw new Error(answer.message || message('failed'));
          }
          return answer;
        });
      });
  }

  /* The list of files as the server now has it (with its 题图 and 移除 buttons). */
  function refreshList() {
    return fetch(form.getAttribute('data-page-url') || window.location.pathname,
      { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('files-list');
        var list = document.getElementById('files-list');
        if (fresh && list) {
          list.innerHTML = fresh.innerHTML;
        }
      });
  }

  function placePicture(answer, index) {
    if (!quill) {
      return;
    }
    var at = index === null || index === undefined ? quill.getLength() - 1 : index;
    quill.clipboard.dangerouslyPasteHTML(at, '<img src="' + escape(answer.src) + '" alt="' + escape(answer.name) + '">', 'user');
    quill.setSelection(at + 1, 0, 'silent');
    lastIndex = at + 1;
  }

  function upload(file, kind, index) {
    var data = new FormData();
    data.append('file', file);
    data.append('kind', kind);
    say(message('uploading', file.name));
    return send(filesUrl, data).then(function (answer) {
      if (kind === 'image') {
        placePicture(answer, index);
      }
      return refreshList().then(function () {
        say(answer.message);
      });
    }, function (error) {
      say(error.message || message('failed'));
    });
  }

  // The toolbar's picture button: a file chosen goes where the cursor was.
  var chooser = document.createElement('input');
  chooser.type = 'file';
  chooser.accept = 'image/png,image/jpeg,image/gif,image/webp';
  chooser.hidden = true;
  chooser.setAttribute('data-editor-picture', '');
  chooser.setAttribute('aria-label', area.getAttribute('data-label-image-choose') || '');
  form.appendChild(chooser);
  var pictureIndex = null;
  function choosePicture() {
    var range = quill.getSelection();
    pictureIndex = range ? range.index : lastIndex;
    chooser.value = '';
    chooser.click();
  }
  chooser.addEventListener('change', function () {
    if (chooser.files.length) {
      upload(chooser.files[0], 'image', pictureIndex).then(function () {
        quill.focus();
      });
    }
  });

  // The upload form: an image goes where the cursor was, an attachment into the list.
  var uploadForm = section.querySelector('form[data-upload]');
  if (uploadForm) {
    uploadForm.addEventListener('submit', function (event) {
      var input = uploadForm.querySelector('input[type=file]');
      if (!input.files.length) {
        return;
      }
      event.preventDefault();
      var kind = (uploadForm.querySelector('input[name=kind]:checked') || {}).value || 'attachment';
      upload(input.files[0], kind, lastIndex).then(function () {
        uploadForm.reset();
      });
    });
  }

  // 移除: the file leaves the list and the text, everything else stays as typed.
  section.addEventListener('submit', function (event) {
    var detach = event.target.closest('form[data-detach]');
    if (!detach) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    send(detach.getAttribute('action'), new FormData(detach)).then(function (answer) {
      var src = detach.getAttribute('data-src');
      if (quill && src) {
        Array.prototype.slice.call(quill.root.querySelectorAll('img')).forEach(function (img) {
          if (img.getAttribute('src') === src) {
            var blot = window.Quill.find(img);
            var at = quill.getIndex(blot);
            quill.deleteText(at, 1, 'user');
            var line = quill.getLine(at)[0];
            if (line && line.length() === 1 && quill.getLength() > 1) {
              quill.deleteText(at, 1, 'user');
            }
          }
        });
      }
      return refreshList().then(function () {
        say(answer.message);
        var heading = document.getElementById('files-heading');
        if (heading) {
          heading.focus();
        }
      });
    }, function (error) {
      say(error.message || message('failed'));
    });
  }, true);

  // Any other form of the page (题图, 预览链接) leaves it: the draft is saved first.
  document.addEventListener('submit', function (event) {
    var other = event.target;
    if (other === form || other === uploadForm || other.hasAttribute('data-detach')
      || (other.method || '').toLowerCase() !== 'post' || !dirty()) {
      return;
    }
    event.preventDefault();
    area.value = body();
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== 'action') {
        data.append(name, value);
      }
    });
    // form.action would be the buttons named "action", not the address.
    send(form.getAttribute('action'), data).then(function () {
      saved = snapshot();
      showUnsaved();
      say(message('autosaved'));
      other.submit();
    }, function (error) {
      // Not saved: the reason, and the page stays as it is.
      say(error.message || message('failed'));
    });
  });
}());
