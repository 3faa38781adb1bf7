/** A procedure as stored in data/catalogue.json. Empty strings mean "not known": never filled with guesses. */
export type Audience = 'citizen' | 'business';
export type OnlineLevel = 'toan-trinh' | 'mot-phan' | 'unknown';
export type SubmissionChannel = 'in-person' | 'online' | 'post' | 'other';

export interface SubmissionOption {
  channel: SubmissionChannel;
  timeLimit: string;
  fee: string;
  note: string;
}

export interface ProcedureDetail {
  steps: string;
  documents: { name: string; copies: string }[];
  submission: SubmissionOption[];
  legalBasis: string[];
  result: string;
  conditions: string;
  implementingAgency: string;
  competentAgency: string;
  submissionAddress: string;
  administrativeLevel: string;
  decision: string;
}

export interface Procedure {
  code: string;
  name: string;
  audience: Audience[];
  /** Handled by a vertical (central) branch such as police, tax or social insurance. */
  verticalBranch: boolean;
  /** Popularity on the national portal; higher = more used. */
  weight: number;
  field: string;
  agency: string;
  onlineLevel: OnlineLevel;
  channels: SubmissionChannel[];
  detail: ProcedureDetail | null;
}
