package news.parallax.event;

import java.util.ArrayList;

import news.parallax.api.model.Event;
import news.parallax.api.model.EventKind;
import news.parallax.api.model.Participant;
import news.parallax.outlet.OutletMapper;
import news.parallax.speaker.SpeakerMapper;

final class EventMapper {

    private EventMapper() {
    }

    static Event toApi(EventEntity entity) {
        return new Event().id(entity.id).title(entity.title).kind(EventKind.fromValue(entity.kind))
                .description(entity.description).startDate(entity.startDate).endDate(entity.endDate).place(entity.place)
                .aliases(new ArrayList<>(entity.aliases.stream().map(a -> a.alias).toList()))
                .participants(new ArrayList<>(entity.participants.stream()
                        .map(p -> new Participant().name(p.name).speaker(SpeakerMapper.toRef(p.speaker))
                                .outlet(OutletMapper.toRef(p.outlet)))
                        .toList()))
                .createdAt(entity.createdAt).updatedAt(entity.updatedAt);
    }
}
