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

/* Wide tables in an article scroll inside their own box, not the page (WCAG 1.4.10): each is
   wrapped in a region named by its caption (or the page's data-table-label), which takes the
   keyboard focus while it has something to scroll, so it can be scrolled without a mouse. */
(function () {
  var boxes = [];
  document.querySelectorAll('.article-body').forEach(function (body) {
    var label = body.getAttribute('data-table-label');
    body.querySelectorAll('table').forEach(function (table) {
      var box = document.createElement('div');
      var caption = table.querySelector('caption');
      var name = caption && caption.textContent.trim() ? caption.textContent.trim() : label;
      box.className = 'table-scroll';
      if (name) {
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', name);
      }
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
      boxes.push(box);
    });
  });
  function focusable() {
    boxes.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
      } else {
        box.removeAttribute('tabindex');
      }
    });
  }
  focusable();
  window.addEventListener('resize', focusable);
}());

/* Printing writes out where the links of the content lead: the full address of each, kept in
   data-print-address for the print style sheet (portal.css). */
(function () {
  document.querySelectorAll('main a[href]').forEach(function (link) {
    var href = link.getAttribute('href');
    if (!href || href.charAt(0) === '#' || !/^https?:$/.test(link.protocol)) {
      return;
    }
    if (link.textContent.trim() === link.href || link.textContent.trim() === href) {
      return;
    }
    link.setAttribute('data-print-address', link.href);
  });
}());
