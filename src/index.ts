// cognito-idp-mock: the contract (spec types, operation table, errors) and the stateful mock.
export { createCognitoMock, type CognitoMock, type CognitoMockOptions, type RequestMeta } from "./engine/create.js";
export type { Clock } from "./engine/clock.js";
export type { FixedCodes } from "./engine/context.js";
export type { Triggers, Trigger, TriggerEvent } from "./auth/triggers.js";
export type { Outbox, OutboxMessage, MessagePurpose, DeliveryChannel } from "./engine/outbox.js";
export type { EndpointMatcher } from "./msw/handlers.js";
export { operations, operationNames, TARGET_PREFIX } from "../generated/operations.js";
export type { OperationName, RequestOf, ResponseOf, ErrorNameOf, ErrorName, Shape } from "../generated/operations.js";
export * from "../generated/errors.js";
export { defineScenario } from "./scenarios/define.js";
export type { Scenario, ScenarioInfo, ScenarioUser, ScenarioApi } from "./scenarios/define.js";
export type { Rule } from "./scenarios/rules.js";
export type { AppliedScenarios } from "./scenarios/run.js";
export { builtInScenarios } from "../scenarios/index.js";
