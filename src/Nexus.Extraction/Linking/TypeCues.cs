using Nexus.Core.Entities;

namespace Nexus.Extraction.Linking;

/// <summary>Guesses an entity type from the words of its name ("… Army", "… Intelligence", "… Province").</summary>
public static class TypeCues
{
    private static readonly (string Word, EntityType Type)[] Cues =
    [
        ("intelligence", EntityType.StateAgency), ("army", EntityType.StateAgency), ("police", EntityType.StateAgency),
        ("ministry", EntityType.StateAgency), ("bureau", EntityType.StateAgency), ("agency", EntityType.StateAgency),
        ("taliban", EntityType.MilitantGroup), ("state", EntityType.MilitantGroup), ("lashkar", EntityType.MilitantGroup),
        ("jaish", EntityType.MilitantGroup), ("qaeda", EntityType.MilitantGroup), ("front", EntityType.MilitantGroup),
        ("brigade", EntityType.MilitantGroup), ("liberation", EntityType.MilitantGroup), ("tehreek", EntityType.MilitantGroup),
        ("gang", EntityType.CriminalGroup), ("cartel", EntityType.CriminalGroup), ("movement", EntityType.PoliticalGroup),
        ("party", EntityType.PoliticalGroup), ("nations", EntityType.PoliticalGroup), ("media", EntityType.Media),
        ("magazine", EntityType.Media), ("corridor", EntityType.Project), ("agreement", EntityType.Event),
        ("province", EntityType.Location), ("district", EntityType.Location), ("line", EntityType.Location),
        ("diaspora", EntityType.Population), ("community", EntityType.Population), ("people", EntityType.Population),
    ];

    public static EntityType Guess(string name)
    {
        var words = NameNormalizer.Normalize(name).Split(' ');
        for (var i = words.Length - 1; i >= 0; i--)
            foreach (var (word, type) in Cues)
                if (words[i] == word) return type;
        return name.Length <= 5 && name.All(c => char.IsUpper(c) || c == '-') ? EntityType.Organization : EntityType.Location;
    }
}
