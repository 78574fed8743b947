/**
 * "Nairobi Fresh Export Limited - Naivasha Farm", "Sialkot Tanners - Kasur Factory": the firm's name, then one of its
 * sites after a dash (a farm, factory, mill, warehouse, depot or plant, named by its town). The record is the firm's,
 * at that site: its town differs by design, as a branch office's does (see branchOfficeName).
 */
export const SITE_TAIL = /\s+[-–—]\s*(?:\p{L}+\s+){1,2}(?:farms?|factory|mills?|warehouse|depot|plant|estate)\s*$/iu;
