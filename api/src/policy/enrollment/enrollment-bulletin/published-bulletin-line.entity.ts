import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of a published 月通报 (S1 §一(二)), frozen when the province publishes the month: the province's
 * total, each city's and each county's figures as they stood. Kept per region so a city or county reads its own
 * part of the published bulletin through the one scope filter. Never updated.
 */
@Entity('published_bulletin_lines')
@Index('uq_published_bulletin_lines_month_region', ['month', 'regionCode'], { unique: true })
export class PublishedBulletinLine {
  @PrimaryGeneratedColumn()
  id: number;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  /** the region the line is about (scope column) */
  @Index('idx_published_bulletin_lines_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** 'province' (the bulletin's total), 'city' or 'county' */
  @Column({ type: 'varchar', length: 16 })
  level: string;

  /** the line's BulletinFigures as published (JSON) */
  @Column({ type: 'text' })
  figures: string;

  /** the publishing province */
  @Column({ type: 'varchar', length: 12 })
  publishedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  publishedAt: Date;

  @Column({ type: 'int' })
  publishedById: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
