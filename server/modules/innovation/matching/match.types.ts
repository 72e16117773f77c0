/** A reason a staff member can read: why this expert fits this demand (in Chinese). */
export interface TMatchReason {
  /** keywords | cluster | industries | discipline | achievements | district | text */
  kind: string;
  detail: string;
  /** The terms the reason names, each occurring in both the demand's text and the expert's profile. */
  terms?: string[];
}

export interface TMatchFilters {
  /** Only experts whose industries include this cluster (产业集群). */
  cluster?: string;
  /** Only experts with this discipline (学科). */
  discipline?: string;
  /** Only experts whose org lies in this org's subtree: an org code ("rugao") or an org id. */
  district?: string;
}

/** What the matcher knows about the demand beyond its text (signals, not filters). */
export interface TMatchDemandContext {
  cluster?: string | null;
  /** The demand's org: experts in the same district get a small boost. */
  orgId?: number;
  industries?: string[];
  keywords?: string[];
}

export interface TMatchExpertsInput {
  text: string;
  /** Default 20, at most 1000. */
  limit?: number;
  filters?: TMatchFilters;
  demand?: TMatchDemandContext;
  /**
   * Score exactly these experts (e.g. the one being invited) instead of searching all: same score and
   * reasons as in the ranked list, at a fraction of the cost. Results still sorted, zero scores left out.
   */
  expertIds?: number[];
}

export interface TExpertMatch {
  expertId: number;
  name: string;
  /** Absolute relevance in [0, 1]; comparable across demands. */
  score: number;
  reasons: TMatchReason[];
}

export interface TDemandMatch {
  demandId: number;
  title: string;
  score: number;
  reasons: TMatchReason[];
}

export const MATCH_LIMIT_DEFAULT = 20;
export const MATCH_LIMIT_MAX = 1000;
