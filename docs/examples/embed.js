// The host page's own script, in a file: a strict Content-Security-Policy (script-src 'self')
// blocks inline ones. Results follow every answer; the framework comes from the
// questionnaire once loaded.
const assessment = document.getElementById('assessment');
const results = document.getElementById('results');
assessment.addEventListener('dtc-response-change', (event) => {
  results.framework = assessment.currentFramework;
  results.sections = ['coordination-leadership'];
  results.response = event.detail.response;
});
