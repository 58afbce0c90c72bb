package vn.lienthong.axis.directory;

/**
 * Cơ quan, đơn vị: an agency known to this axis.
 *
 * @param code       agency code (mã định danh), upper-cased
 * @param parentCode governing agency, or null
 * @param local      registered on this axis (true) or reached through another axis (false)
 * @param mode       how documents reach it
 * @param endpoint   push endpoint for {@link DeliveryMode#PUSH}, else null
 */
public record Agency(String code, String name, String parentCode, boolean local, DeliveryMode mode,
                     String endpoint, SignaturePolicy signaturePolicy, boolean active) {}
