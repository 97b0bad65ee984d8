/*
 * SRO Workflow: the welcome page's configuration (replaces the webjar's config.js, which holds only
 * commented-out examples). Staff find the dashboard and the quarterly report here, and the public tip
 * page, to pass its address on.
 */
export default {
  app: {
    name: 'Welcome',
    vendor: 'SRO Workflow'
  },
  links: [
    {
      label: 'Dashboard',
      href: '/dashboard',
      description: 'Live counts for your schools: open cases, overdue steps, monitoring due this week.'
    },
    {
      label: 'Quarterly report',
      href: '/reports/quarterly',
      description: 'The SRO program\'s quarterly reports you may read, with CSV and PDF downloads.'
    },
    {
      label: 'Report a possible threat (tip page)',
      href: '/tip',
      description: 'For students, parents and the public: no login needed. Not for emergencies: call 911.'
    }
  ]
};
