package vn.lienthong.axis.edxml;

/** A recipient named by an update package ({@code ReceiverList/Receiver}). */
public record Receiver(String organId, String receiverType) {
}
