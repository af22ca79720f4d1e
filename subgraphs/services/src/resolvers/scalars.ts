export { DateScalar, DateTimeScalar } from '@credit/kit';
