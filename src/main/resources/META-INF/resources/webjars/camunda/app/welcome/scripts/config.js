/*
 * SRO Workflow: the welcome page's configuration (replaces the webjar's config.js, which holds only
 * commented-out examples). Staff find the public tip page here, to pass its address on.
 */
export default {
  links: [
    {
      label: 'Report a possible threat (tip page)',
      href: '/tip',
      description: 'For students, parents and the public: no login needed. Not for emergencies: call 911.'
    }
  ]
};
