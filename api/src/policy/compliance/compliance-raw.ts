/** A datetime as either dialect returns it raw (one definition, with the workflow history's reader). */
export { instantOf } from '../../platform/workflow/workflow-history';
