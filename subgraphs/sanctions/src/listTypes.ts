import { listType, type ListType } from './db/schema';

export const LIST_TYPES: readonly ListType[] = listType.enumValues;
