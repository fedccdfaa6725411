export { type CompileInput, type CompileResult, compileKnowledgeBase, type SourceFile } from './compile';
export { type CoverageReport, coverageOf, formatCoverage } from './coverage';
