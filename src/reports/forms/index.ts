/** Every statistical form the service computes, by the name the API gives it. */
import type { FormDefinition } from './form-definition';
import { FORM_0601 } from './form-0601';
import { FORM_0602 } from './form-0602';
import { FORM_0603 } from './form-0603';

export const STATISTICAL_FORMS: readonly FormDefinition[] = [FORM_0601, FORM_0602, FORM_0603];

export function formNamed(name: string): FormDefinition | undefined {
  return STATISTICAL_FORMS.find((form) => form.name === name);
}
