export type { RouteContext, RouteModule, SehatApp, SehatContext, SehatEnv } from './context';
export { createSehatHandler, type SehatHandler } from './create-handler';
export { memoryRateLimitStore, type RateLimitDecision, type RateLimitStore } from './middleware/rate-limit';
export type { SehatHandlerOptions } from './options';
export { type Problem, type ProblemCode, toProblem } from './problem';
export type { BpjsRouteClient, IcareResponse, MemberLookupResponse, MemberView } from './routes/bpjs';
export type { DrugRouteService } from './routes/drugs';
export type * from './routes/drugs-wire';
export type {
  PatientLookupResponse,
  PatientView,
  SatuSehatRouteClient,
} from './routes/satusehat';
export { type RunningServer, type ServeOptions, serve } from './serve';
export type { AuthorizeHook, StaffAction, StaffPrincipal } from './staff';
