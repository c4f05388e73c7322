import { Field, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar } from '../core/scalars';
import { Column, Entity } from 'typeorm';
import { MaintainedRecord } from './base';
import { dateColumn, enumColumn, foreignKeyColumn, nameColumn } from './column-types';
import { EventKind } from './enums';

/** Hội nghị — a meeting: year-end review, pledge signing, prize ceremony… */
@ObjectType('Event', {
  implements: Node,
  description: 'Hội nghị — a meeting: year-end review, pledge signing, prize ceremony…',
})
@Entity('events')
export class Event extends MaintainedRecord {
  @Column(foreignKeyColumn({ nullable: true }))
  blocId!: number | null;

  @Field(() => DateScalar, { description: 'Ngày tổ chức — the date held.' })
  @Column(dateColumn())
  heldOn!: string;

  @Field(() => EventKind, { description: 'Loại — what kind of meeting.' })
  @Column(enumColumn())
  kind!: EventKind;

  @Field(() => String, { description: "Tiêu đề — the meeting's title." })
  @Column(nameColumn({ length: 500 }))
  title!: string;

  @Field(() => String, { nullable: true, description: 'Địa điểm — where it was held.' })
  @Column(nameColumn({ nullable: true }))
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Nguồn — a link to the source reporting it.' })
  @Column(nameColumn({ nullable: true, length: 1000 }))
  sourceUrl!: string | null;
}
