package com.momentumlab.rooms;

/** The rooms of one machine, in memory. */
class InMemoryRoomsTest extends RoomsTest {

    @Override
    protected RoomStore store() {
        return new MemoryRoomStore();
    }
}
