/*
 * SRO Workflow: Tasklist's configuration (replaces the webjar's config.js, which holds only commented-out
 * examples and the keyboard shortcuts, kept below). Tasklist is branded as the product, and
 * sro/header.js adds the product's pages to its header (Tasklist 7.24 has no "links" setting of its own,
 * unlike the welcome page; a custom script's plugins are its documented extension point).
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'SRO Workflow'
  },
  // sro/header: the product's pages in the header; scripts/return-after-login: a person sent to log in from a
  // project page (/calendar, /cases, /reports, ...) goes back to it afterwards; scripts/field-messages: a field's
  // description in words where form-js would show its pattern ("Field must match pattern ^...$").
  customScripts: ['sro/header', 'scripts/return-after-login', 'scripts/field-messages'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
