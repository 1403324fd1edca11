/* Follows a running job on its page: asks the server every second how far it is and updates the
   progress bar, the figures and the outcome, until the job has finished. */
(function () {
  var job = document.querySelector('[data-job-url]');
  if (!job || job.getAttribute('data-job-finished') === 'true') {
    return;
  }
  var bar = job.querySelector('[data-job-bar]');
  var percent = job.querySelector('[data-job-percent]');
  var count = job.querySelector('[data-job-count]');
  var status = job.querySelector('[data-job-status]');
  var outcome = job.querySelector('[data-job-outcome]');

  function show(view) {
    status.textContent = job.getAttribute('data-label-' + view.status.toLowerCase()) || view.status;
    var total = view.total;
    if (view.status === 'SUCCEEDED' && !total) {
      total = 1;
      view.done = 1;
    }
    if (total) {
      bar.max = total;
      bar.value = view.done;
      percent.textContent = Math.min(100, Math.floor(view.done * 100 / total)) + '%';
      count.textContent = view.done + ' / ' + (view.total || '?');
    } else {
      bar.removeAttribute('value');
      count.textContent = view.done + ' / ?';
    }
    if (view.outcome) {
      outcome.hidden = false;
      outcome.textContent = view.outcome;
      outcome.classList.toggle('alert-error', view.status === 'FAILED');
      outcome.classList.toggle('alert-success', view.status !== 'FAILED');
    }
    return view.status === 'SUCCEEDED' || view.status === 'FAILED';
  }

  function poll() {
    fetch(job.getAttribute('data-job-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (view) {
        if (!show(view)) {
          window.setTimeout(poll, 1000);
        } else if ((view.status === 'SUCCEEDED' && job.getAttribute('data-job-reload') === 'true')
            || job.getAttribute('data-job-reload') === 'always') {
          // An export: the page shows its file's link once the job has succeeded; an import
          // ('always'): its page shows the error report once the job has failed.
          window.location.reload();
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 500);
}());
