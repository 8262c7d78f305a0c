/**
 * Value types every module may use: no services, no state. Open, so that any module depends on it freely.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.kriya.shared;
