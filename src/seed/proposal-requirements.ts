/**
 * The documents a dossier must hold before it is submitted (Law 06/2022/QH15 art. 84; Decree
 * 98/2023/NĐ-CP art. 45–46, as the domain describes them): every dossier a cover letter and an
 * achievement report; titles and merit certificates the minutes of the meeting that proposed them;
 * emulation fighters proof of an initiative; ad hoc commendation proof of the exceptional achievement.
 * A row applies when each of its category, award type and commendation type (where given) matches.
 */
import type { AwardCategory, CommendationType, ProposalDocumentKind } from '../entities/enums';

export interface RequirementSeed {
  awardCategory: AwardCategory | null;
  awardTypeCode: string | null;
  commendationType: CommendationType | null;
  documentKind: ProposalDocumentKind;
  legalBasis: string;
}

const LAW = 'Luật Thi đua, khen thưởng 2022, Điều 84';

export const PROPOSAL_REQUIREMENTS: RequirementSeed[] = [
  { awardCategory: null, awardTypeCode: null, commendationType: null, documentKind: 'COVER_LETTER', legalBasis: LAW },
  {
    awardCategory: null,
    awardTypeCode: null,
    commendationType: null,
    documentKind: 'ACHIEVEMENT_REPORT',
    legalBasis: LAW,
  },
  {
    awardCategory: 'TITLE',
    awardTypeCode: null,
    commendationType: null,
    documentKind: 'MEETING_MINUTES',
    legalBasis: `${LAW}; Nghị định 98/2023/NĐ-CP`,
  },
  {
    awardCategory: 'CERTIFICATE_OF_MERIT',
    awardTypeCode: null,
    commendationType: 'MERIT',
    documentKind: 'MEETING_MINUTES',
    legalBasis: `${LAW}; Nghị định 98/2023/NĐ-CP`,
  },
  ...['CHIEN_SI_THI_DUA_CO_SO', 'CHIEN_SI_THI_DUA_CAP_TINH', 'CHIEN_SI_THI_DUA_TOAN_QUOC'].map(
    (code): RequirementSeed => ({
      awardCategory: null,
      awardTypeCode: code,
      commendationType: null,
      documentKind: 'INITIATIVE_PROOF',
      legalBasis: `${LAW}: sáng kiến, đề tài được công nhận`,
    }),
  ),
  {
    awardCategory: null,
    awardTypeCode: null,
    commendationType: 'AD_HOC',
    documentKind: 'INITIATIVE_PROOF',
    legalBasis: `${LAW}: thành tích đột xuất`,
  },
];
