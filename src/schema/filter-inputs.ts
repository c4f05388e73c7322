/**
 * Per-scalar operator inputs shared by every XFilter. Lists are capped so a filter cannot become
 * an unbounded IN (…); filters nest through and/or/not to a bounded depth (see filter-sql).
 */
import { type ClassType, Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar, VndScalar } from '../core/scalars';

@InputType('IntFilter', {
  description: 'Lọc số nguyên — conditions on an integer field; all given conditions must hold.',
})
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Bằng — equal to.' }) eq?: number;
  @Field(() => Int, { nullable: true, description: 'Khác — not equal to (NULLs excluded).' }) neq?: number;
  @Field(() => [Int], { nullable: true, description: 'Thuộc — one of these values (at most 500).' }) in?: number[];
  @Field(() => [Int], { nullable: true, description: 'Không thuộc — none of these values (at most 500).' })
  notIn?: number[];
  @Field(() => Int, { nullable: true, description: 'Nhỏ hơn — less than.' }) lt?: number;
  @Field(() => Int, { nullable: true, description: 'Nhỏ hơn hoặc bằng — less than or equal.' }) lte?: number;
  @Field(() => Int, { nullable: true, description: 'Lớn hơn — greater than.' }) gt?: number;
  @Field(() => Int, { nullable: true, description: 'Lớn hơn hoặc bằng — greater than or equal.' }) gte?: number;
  @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: the field is null; false: it is not.' })
  isNull?: boolean;
}

@InputType('IDFilter', { description: 'Lọc theo mã định danh — conditions on a reference, by global ID.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Bằng — this object.' }) eq?: string;
  @Field(() => ID, { nullable: true, description: 'Khác — not this object (NULLs excluded).' }) neq?: string;
  @Field(() => [ID], { nullable: true, description: 'Thuộc — one of these objects (at most 500).' }) in?: string[];
  @Field(() => [ID], { nullable: true, description: 'Không thuộc — none of these objects (at most 500).' })
  notIn?: string[];
  @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: no reference; false: there is one.' })
  isNull?: boolean;
}

@InputType('StringFilter', {
  description: 'Lọc chuỗi — conditions on a text field (exact, case as stored by the database collation).',
})
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Bằng — equal to.' }) eq?: string;
  @Field(() => String, { nullable: true, description: 'Khác — not equal to (NULLs excluded).' }) neq?: string;
  @Field(() => [String], { nullable: true, description: 'Thuộc — one of these values (at most 500).' }) in?: string[];
  @Field(() => [String], { nullable: true, description: 'Không thuộc — none of these values (at most 500).' })
  notIn?: string[];
  @Field(() => String, { nullable: true, description: 'Chứa — contains this text.' }) contains?: string;
  @Field(() => String, { nullable: true, description: 'Bắt đầu bằng — starts with this text.' }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: the field is null; false: it is not.' })
  isNull?: boolean;
}

@InputType('DateFilter', { description: 'Lọc ngày — conditions on a date field (YYYY-MM-DD).' })
export class DateFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Bằng — on this date.' }) eq?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Khác — not on this date (NULLs excluded).' }) neq?: string;
  @Field(() => [DateScalar], { nullable: true, description: 'Thuộc — one of these dates (at most 500).' })
  in?: string[];
  @Field(() => [DateScalar], { nullable: true, description: 'Không thuộc — none of these dates (at most 500).' })
  notIn?: string[];
  @Field(() => DateScalar, { nullable: true, description: 'Trước — before this date.' }) lt?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Trước hoặc bằng — on or before this date.' }) lte?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Sau — after this date.' }) gt?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Sau hoặc bằng — on or after this date.' }) gte?: string;
  @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: the date is not known; false: it is.' })
  isNull?: boolean;
}

@InputType('VndFilter', { description: 'Lọc số tiền — conditions on an amount in đồng.' })
export class VndFilter {
  @Field(() => VndScalar, { nullable: true, description: 'Bằng — equal to.' }) eq?: string;
  @Field(() => VndScalar, { nullable: true, description: 'Khác — not equal to (NULLs excluded).' }) neq?: string;
  @Field(() => VndScalar, { nullable: true, description: 'Nhỏ hơn — less than.' }) lt?: string;
  @Field(() => VndScalar, { nullable: true, description: 'Nhỏ hơn hoặc bằng — less than or equal.' }) lte?: string;
  @Field(() => VndScalar, { nullable: true, description: 'Lớn hơn — greater than.' }) gt?: string;
  @Field(() => VndScalar, { nullable: true, description: 'Lớn hơn hoặc bằng — greater than or equal.' }) gte?: string;
  @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: no amount stated; false: an amount is stated.' })
  isNull?: boolean;
}

/** `<Enum>Filter` for a registered GraphQL enum: eq, neq, in, notIn, isNull. */
export function enumFilterType<E extends object>(
  enumObject: E,
  enumName: string,
  vietnamese: string,
): ClassType<object> {
  @InputType(`${enumName}Filter`, { description: `Lọc ${vietnamese} — conditions on a ${enumName} field.` })
  class EnumFilter {
    @Field(() => enumObject, { nullable: true, description: 'Bằng — equal to.' }) eq?: string;
    @Field(() => enumObject, { nullable: true, description: 'Khác — not equal to (NULLs excluded).' }) neq?: string;
    @Field(() => [enumObject], { nullable: true, description: 'Thuộc — one of these values.' }) in?: string[];
    @Field(() => [enumObject], { nullable: true, description: 'Không thuộc — none of these values.' }) notIn?: string[];
    @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: the field is null; false: it is not.' })
    isNull?: boolean;
  }
  return EnumFilter;
}

@InputType('BooleanFilter', { description: 'Lọc đúng/sai — conditions on a true/false field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Bằng — equal to.' }) eq?: boolean;
}

@InputType('DecimalFilter', { description: 'Lọc số thập phân — conditions on a decimal field (points, coefficients).' })
export class DecimalFilter {
  @Field(() => DecimalScalar, { nullable: true, description: 'Bằng — equal to.' }) eq?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Khác — not equal to (NULLs excluded).' }) neq?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Nhỏ hơn — less than.' }) lt?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Nhỏ hơn hoặc bằng — less than or equal.' }) lte?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Lớn hơn — greater than.' }) gt?: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Lớn hơn hoặc bằng — greater than or equal.' })
  gte?: string;
  @Field(() => Boolean, { nullable: true, description: 'Rỗng — true: the field is null; false: it is not.' })
  isNull?: boolean;
}

/** `<Name>ListFilter` for a to-many relation: `some` child matches, or `none` does. */
export function listFilterType<F extends object>(
  filterType: ClassType<F>,
  name: string,
  vietnamese: string,
): ClassType<object> {
  @InputType(`${name}ListFilter`, {
    description: `Lọc theo ${vietnamese} liên quan — conditions on related ${name} records.`,
  })
  class ListFilter {
    @Field(() => filterType, { nullable: true, description: 'Có ít nhất một — at least one related record matches.' })
    some?: F;
    @Field(() => filterType, { nullable: true, description: 'Không có — no related record matches.' }) none?: F;
  }
  return ListFilter;
}
