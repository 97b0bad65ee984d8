// Words instead of a regular expression under a form field (issue 19: "no raw patterns in a browser").
//
// Why this script exists: the form-js that Tasklist 7.24 embeds (in webjars/camunda/lib/deps.js, form schema
// version 16) checks a field's validate.pattern in the browser and then shows the hard-coded text
// "Field must match pattern ^[0-9]{4}-[0-9]{4,8}$." Its validate block has no property for a message of one's own,
// and its validationType knows only "email" and "phone" (an international number such as +4930664040900, not a US
// one). The patterns stay in the forms, because they are what an independent client reads and what the server
// checks (system/FormSubmissionValidator, with the words of messages.properties, form.pattern.*). So here, and only
// for that one message, the browser shows the field's own description instead: every field with a pattern describes
// its format in words ("Use the format ..."), and that description is the message. A field without one gets a
// general sentence, never the expression.
const RAW_PATTERN = /^Field must match pattern /;
const FALLBACK = 'Use the format this field asks for.';

function wordsFor(item) {
  const field = item.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const text = description ? description.textContent.trim() : '';
  return text ? (/[.!?]$/.test(text) ? text : text + '.') : FALLBACK;
}

function translate() {
  document.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    const shown = item.firstChild;
    // The text node itself is changed, not replaced: the form's renderer keeps it and writes the next error into it.
    if (shown && shown.nodeType === Node.TEXT_NODE && RAW_PATTERN.test(shown.data)) {
      shown.data = wordsFor(item);
    }
  });
}

new MutationObserver(translate).observe(document.body, {childList: true, subtree: true, characterData: true});

export default [];
