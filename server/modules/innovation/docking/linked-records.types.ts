import { z } from 'zod';

// References to linked records, as responses show them.
export const ZExpertRef = z.object({
  id: z.number(),
  name: z.string(),
  unit: z.string().nullable(),
  title: z.string().nullable(),
  isAcademician: z.boolean(),
});
export type TExpertRef = z.infer<typeof ZExpertRef>;
export const ZEnterpriseRef = z.object({ id: z.number(), name: z.string() });
export type TEnterpriseRef = z.infer<typeof ZEnterpriseRef>;
export const ZDemandRef = z.object({ id: z.number(), title: z.string(), status: z.string() });
export type TDemandRef = z.infer<typeof ZDemandRef>;
