/** UserError and its codes: why a mutation was refused, in its payload (HTTP 200, nothing changed). */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode } from '../core/refusal';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Mã lỗi — why a mutation was refused; stable, for programs to act on.',
  valuesConfig: {
    INVALID_INPUT: { description: 'Dữ liệu không hợp lệ — a value is missing, too long, out of range or malformed.' },
    NOT_FOUND: { description: 'Không tìm thấy — a record the input names does not exist (or is deleted).' },
    DUPLICATE: { description: 'Trùng lặp — a record with the same key (code, number, bloc and year…) already exists.' },
    STALE_VERSION: {
      description: 'Phiên bản cũ — the record changed since you read it: read it again and reapply your change.',
    },
    IDEMPOTENCY_KEY_REUSED: {
      description: 'Khóa chống lặp đã dùng — the idempotency key was already used with a different input.',
    },
    ALREADY_DELETED: { description: 'Đã xóa — the record is already deleted.' },
    NOT_DELETED: { description: 'Chưa xóa — only a deleted record can be restored.' },
    EXACTLY_ONE_REQUIRED: {
      description: 'Chỉ một — exactly one of several fields must be given (a unit or a bloc, a unit or a person…).',
    },
    OVERLAPPING_MEMBERSHIP: {
      description: 'Trùng thời gian thành viên — the unit is already a member of the bloc in some of these years.',
    },
    NOT_A_MEMBER: {
      description: 'Không phải thành viên — the unit is not a member of the bloc in that year (rules 4, 5).',
    },
    LEADERSHIP_TAKEN: {
      description: 'Đã có trưởng/phó khối — the bloc already has a leader (or deputy) that year (rule 4).',
    },
    KIND_MISMATCH: {
      description:
        'Sai loại — quantities of different kinds cannot be combined, or a value does not fit the kind (rule 6).',
    },
    POINTS_OUT_OF_RANGE: {
      description: "Điểm vượt khung — points or bonus points exceed the criterion's maximum, or are negative (rule 7).",
    },
    SUBJECT_NOT_ALLOWED: {
      description: 'Sai đối tượng — the award type may not be given to this kind of recipient (rule 1).',
    },
    ANNUAL_TITLE_TAKEN: {
      description: 'Đã có danh hiệu năm — the recipient already holds this annual title for that year (rule 2).',
    },
    FLAG_QUOTA_EXCEEDED: {
      description:
        "Vượt số Cờ — the bloc's provincial flags for the year are used up; an override needs a reason (rule 3).",
    },
    FLAG_RECIPIENT_NOT_FIRST: {
      description:
        "Không xếp thứ nhất — the flag's recipient did not rank first in the bloc's evaluation; " +
        'an override needs a reason (rule 3).',
    },
    LEVEL_MISMATCH: { description: "Sai cấp — the award type's level differs from the decision's level (rule 8)." },
    NOT_IN_FORCE: { description: 'Hết hiệu lực — the catalogue row is not in force on the decision date (rule 9).' },
    NO_BASE_SALARY: {
      description:
        'Chưa có lương cơ sở — no base salary is in force on the decision date, so prize money cannot be derived.',
    },
    NO_AWARD_VERSION: {
      description:
        'Chưa có phiên bản pháp lý — no legal version of the award type gives a figure for the decision date ' +
        'and recipient: an administrator adds or corrects the version first.',
    },
    OVERLAPPING_VERSION: {
      description: "Trùng hiệu lực — the period overlaps another version of the same award type's.",
    },
    ALREADY_REVOKED: { description: 'Đã thu hồi — the decision or award is already revoked.' },
    PARENT_DELETED: {
      description: 'Bản ghi cha đã xóa — a record it refers to is deleted: restore that one first.',
    },
    INVALID_STATE: {
      description:
        'Sai trạng thái — the dossier is not in a state that allows this (the message names its state and what ' +
        'it allows).',
    },
    MISSING_DOCUMENTS: {
      description: 'Thiếu tài liệu — the dossier lacks documents its items require; the message lists them.',
    },
    FILE_TOO_LARGE: { description: 'Tệp quá lớn — the file is larger than the limit (FILE_MAX_MB).' },
    FILE_TYPE_NOT_ALLOWED: {
      description:
        'Loại tệp không được phép — the content is not a PDF, DOC/DOCX, XLS/XLSX, JPEG or PNG, or does not match ' +
        "the file name's extension.",
    },
  },
});

@ObjectType('UserError', {
  description: 'Lỗi nghiệp vụ — why a mutation was refused: the input at fault, a message and a stable code.',
})
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description:
      'Trường — the path to the input value at fault (e.g. ["input", "awards", "2", "subjectType"]); null when ' +
      'it is the input as a whole.',
  })
  field!: string[] | null;

  @Field({ description: 'Thông báo — what is wrong, for people.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Mã lỗi — what is wrong, for programs.' })
  code!: UserErrorCode;
}
