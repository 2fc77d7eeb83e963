import assistanceEn from '../areas/assistance/locales/en-US.json';
import assistanceZh from '../areas/assistance/locales/zh-CN.json';
import enrollmentEn from '../areas/enrollment/locales/en-US.json';
import enrollmentZh from '../areas/enrollment/locales/zh-CN.json';
import platformEn from '../areas/platform/locales/en-US.json';
import platformZh from '../areas/platform/locales/zh-CN.json';
import rectificationEn from '../areas/rectification/locales/en-US.json';
import rectificationZh from '../areas/rectification/locales/zh-CN.json';
import supervisionEn from '../areas/supervision/locales/en-US.json';
import supervisionZh from '../areas/supervision/locales/zh-CN.json';
import commonEn from './en-US.json';
import commonZh from './zh-CN.json';

/**
 * The panel's labels: the common ones here (buttons, filters, workflow, errors …) and one namespace per area
 * (`areas/<area>/locales/`, the keys of its resources). They merge into one key space, so a page keeps
 * writing t('beneficiaries.fields.name'); no two namespaces declare the same top-level key
 * (scripts/check-locales.mjs).
 */
export const zhCN = { ...commonZh, ...platformZh, ...enrollmentZh, ...assistanceZh, ...supervisionZh, ...rectificationZh };
export const enUS = { ...commonEn, ...platformEn, ...enrollmentEn, ...assistanceEn, ...supervisionEn, ...rectificationEn };
