export * from './securityBaseline';
export * from './setPatterns';
export * from './describeBaseline';
export * from './agreedFindings';
export * from './trackedFindings';
export * from './securityExceptions';
export * from './baselineExceptions';
export * from './securityPosture';
