/*
 * SRO Workflow: the product's pages in Tasklist's header (issue 19), as plugins of the header's action
 * point, the same point Camunda's own "Start process" and "Create task" use.
 *
 * "Create task": Tasklist 7.24 shows it to everyone and leaves the refusal to the server. Here only
 * operators may create a free-standing task (the allow-list admits POST /task/create for operators alone),
 * so styles/user-styles.css hides the action and this script shows it again for an operator: someone the
 * webapps let into Cockpit (people get Tasklist alone, see identity.IdentitySetup).
 */
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';

const LINKS = [
  {id: 'sro-link-cases', label: 'Cases', href: '/cases'},
  {id: 'sro-link-dashboard', label: 'Dashboard', href: '/dashboard'},
  {id: 'sro-link-report', label: 'Quarterly report', href: '/reports/quarterly'}
];

function showCreateTaskToOperators() {
  fetch(appRoot + '/api/admin/auth/user/default', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(user => {
      const apps = (user && user.authorizedApps) || [];
      document.body.classList.toggle('sro-may-create-tasks', apps.includes('cockpit'));
    })
    .catch(() => document.body.classList.remove('sro-may-create-tasks'));
}

export default LINKS.map((link, index) => ({
  id: link.id,
  pluginPoint: 'tasklist.navbar.action',
  // after Camunda's own actions, in the order above
  priority: -100 - index,
  render: node => {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.label;
    node.appendChild(a);
    if (index === 0) {
      showCreateTaskToOperators();
    }
  }
}));
