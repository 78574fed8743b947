import { cantonese, consonantSkeleton } from '../src/domain/dedupe/romanize';
for (const t of ['明華', '長興', '永安', '陳大文', '張', '李', '徐', '源', '福', '高', '德', '國']) console.log(t, cantonese(t));
for (const t of ['alnoor', 'nwr', 'alfaisal', 'fysl', 'alrasheed', 'rshyd', 'rsyd', 'noor']) console.log(t, consonantSkeleton(t));
