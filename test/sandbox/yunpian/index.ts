export { YunpianSandbox, yunpianTestApiKey, yunpianWrongApiKey, type Product } from './yunpianSandbox';
export { ERROR_MSG, yunpianError } from './errors';
export { BLACKLISTED_MOBILE, FIRST_SID, FIRST_TEMPLATE_ID, PRICE_PER_SEGMENT, segmentsOf } from './state';
