import {
  assessWarranty,
  buildAssessmentInput,
  validateAssessmentInput,
  type ExclusionCode,
  type ValidationIssue,
  type WarrantyAssessment,
  type WarrantyContext,
} from '@shared/warranty';

/** One fault as staff enter it at the counter. */
export interface FaultEntry {
  key: number;
  component: string | null;
  fault: string;
  /** Exclusions found at inspection for this fault's component. */
  findings: ExclusionCode[];
}

export type VisitAssessment =
  { kind: 'ok'; assessment: WarrantyAssessment; overview: WarrantyAssessment } | { kind: 'invalid'; issues: ValidationIssue[] };

/**
 * Assesses the visit in the renderer, from the context fetched once with the lookup: the engine
 * is pure, so ticking an exclusion re-assesses within the same frame, with no round trip. The
 * ticket will store the main process's own assessment, computed by the same engine.
 *
 * `overview` assesses every covered component without findings: what is in warranty today,
 * shown as soon as the product is scanned. Its return / exchange part stands for the visit
 * until a fault is chosen.
 */
export function assessVisit(context: WarrantyContext, faults: readonly FaultEntry[], assessmentDate: string): VisitAssessment {
  const components = context.policy.components.slice(0, 30).map((c) => ({ component: c.code }));
  const overviewInput = buildAssessmentInput(context, { faults: components, findings: [] }, assessmentDate);
  const chosen = faults.filter((f): f is FaultEntry & { component: string } => f.component !== null);
  const visitInput = buildAssessmentInput(
    context,
    {
      faults: chosen.map((f) => ({ component: f.component, fault: f.fault.trim() || null })),
      findings: chosen.flatMap((f) => f.findings.map((code) => ({ code, component: f.component }))),
    },
    assessmentDate,
  );
  const issues = validateAssessmentInput(overviewInput);
  if (issues.length > 0) return { kind: 'invalid', issues };
  const overview = assessWarranty(overviewInput);
  if (chosen.length === 0) return { kind: 'ok', overview, assessment: { ...overview, components: [] } };
  const visitIssues = validateAssessmentInput(visitInput);
  if (visitIssues.length > 0) return { kind: 'invalid', issues: visitIssues };
  return { kind: 'ok', overview, assessment: assessWarranty(visitInput) };
}
