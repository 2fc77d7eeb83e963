import * as assistance from '../areas/assistance/resources';
import * as compliance from '../areas/compliance/resources';
import * as enrollment from '../areas/enrollment/resources';
import * as platform from '../areas/platform/resources';
import * as rectification from '../areas/rectification/resources';
import * as fraud from '../areas/fraud/resources';
import * as screening from '../areas/screening/resources';
import * as supervision from '../areas/supervision/resources';
import type { AreaResource } from './area';

/**
 * Every resource of the panel, combined from the areas' `resources.tsx` in menu order. Each area opens with
 * its menu group (`meta.group`) and its pages name it in `meta.parent`; a group whose pages the role may
 * not use stays out of the menu by itself (access-control asks for its children). Labels come from the
 * locale namespaces: `<name>.<name>` for the menu, `<name>.titles.<action>` for page titles.
 */
export const resources: AreaResource[] = [
  platform.inbox,
  ...compliance.resources,
  ...enrollment.resources,
  ...assistance.resources,
  ...supervision.resources,
  ...rectification.resources,
  ...fraud.resources,
  ...screening.resources,
  ...platform.resources,
];
