import { readdirSync, readFileSync } from 'node:fs';
import { keyPoints } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { courseLessons, lessonAt, lessonsTeaching } from './course-lessons';

const docsDirectory = new URL('../../../docs/', import.meta.url);

const frontMatterSchema = z.object({
  slug: z.string(),
  sidebar_position: z.number(),
  title: z.string(),
  key_points: z.array(z.string()),
});

/** Each numbered lesson as its front matter and body say. */
const lessonsOnDisk = readdirSync(docsDirectory)
  .filter((name) => /^\d\d-.+\.mdx$/.test(name))
  .sort()
  .map((name) => {
    const source = readFileSync(new URL(name, docsDirectory), 'utf8');
    const matter = frontMatterSchema.parse(
      parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? ''),
    );
    return {
      id: matter.slug.replace(/^\//, ''),
      number: matter.sidebar_position,
      title: matter.title,
      keyPoints: matter.key_points,
      teaches: source.includes('<KeyPointSummary'),
    };
  });

describe('the course lessons map', () => {
  it('lists every lesson with the slug, place, title and key points of its front matter', () => {
    expect(courseLessons).toEqual(lessonsOnDisk);
  });

  it('finds a lesson by the address of its page, with or without a trailing slash', () => {
    expect(lessonAt('/lessons/dprk-threat')?.number).toBe(2);
    expect(lessonAt('/lessons/dprk-threat/')?.number).toBe(2);
    expect(lessonAt('/instructors/examples')).toBeUndefined();
  });

  it('names a teaching lesson for every key point, never the self-assessment', () => {
    const untaught = keyPoints().filter((point) => lessonsTeaching(point.id).length === 0);
    const teachers = keyPoints().flatMap((point) => lessonsTeaching(point.id));

    expect(untaught).toEqual([]);
    expect(teachers.map((lesson) => lesson.id)).not.toContain('self-assessment');
    expect(lessonsTeaching('denuclearization').map((lesson) => lesson.number)).toEqual([1, 2]);
  });
});
