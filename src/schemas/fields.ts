/** A project's field: one of the controlled vocabulary's ids (src/core/field-labels.ts). */
import { z } from 'zod';
import { FIELD_LABELS, type FieldId as FieldIdType } from '../core/field-labels.ts';

export const FieldId = z.enum(Object.keys(FIELD_LABELS) as [FieldIdType, ...FieldIdType[]]);
export type FieldId = z.infer<typeof FieldId>;
