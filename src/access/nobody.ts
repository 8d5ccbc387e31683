/** Nobody, admins included: for records only the system writes (counts, the audit trail). */
export const nobody = () => false
