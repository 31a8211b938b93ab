"""Words the action dataset is made of: nouns, attributes and the held-out ones.

Kept apart from the templates (`templates`) and the generator (`dataset`) so that the
vocabulary can grow without touching either. Nouns listed in `HELD_OUT_NOUNS` only ever appear in
the held-out split, so its accuracy measures generalisation to unseen objects.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Noun:
    """A noun phrase without determiner; `plural` picks "some"/"those" over "a"/"that"."""

    word: str
    plural: bool = False


def _nouns(*words: str) -> tuple[Noun, ...]:
    """Nouns from words; a trailing "+" marks a plural ("glasses+")."""
    return tuple(Noun(w.rstrip("+"), w.endswith("+")) for w in words)


OBJECTS = _nouns(
    "cup", "mug", "car", "tree", "lamp", "bench", "chair", "bottle", "dog", "cat", "bird", "bicycle",
    "boat", "sign", "trash can", "clock", "vase", "book", "laptop", "phone", "umbrella", "backpack",
    "fence", "street lamp", "traffic light", "fire hydrant", "mailbox", "rock", "bush", "pizza",
    "sandwich", "cake", "bowl", "plate", "apple", "banana", "table", "window", "door", "flag", "kite",
    "balloon", "candle", "painting", "pillow", "rug", "potted plant", "teddy bear", "horse", "cow",
    "sheep", "bus", "truck", "motorcycle", "airplane", "guitar", "television", "keyboard", "remote",
    "skateboard", "surfboard", "suitcase", "bed", "couch", "house", "bridge", "fountain", "duck",
    "pumpkin", "tent", "lighthouse", "wine glass", "basket", "shoes+", "flowers+", "bananas+",
    "books+", "cars+", "birds+", "bikes+", "toys+", "chairs+", "boxes+",
)
REMOVE_ONLY = _nouns(
    "watermark", "logo", "text", "caption", "shadow", "reflection", "glare", "power lines+",
    "people in the background+", "photobomber", "scratches+", "stain", "dust spots+", "wires+",
    "tourists+", "graffiti", "date stamp", "pimple", "wrinkles+", "cables+", "crowd", "red eye",
)
CLEARABLES = _nouns(
    "clouds+", "fog", "haze", "smoke", "snow", "clutter", "trash", "weeds+", "leaves+", "puddles+",
    "crowd", "mess", "dust", "stains+", "sky", "table", "street", "floor", "background", "desk",
    "beach", "road", "mist", "rain", "litter", "bushes+", "cars+", "boxes+",
)
WEARABLES = _nouns(
    "hat", "glasses+", "sunglasses+", "scarf", "tie", "necklace", "earrings+", "watch", "crown",
    "mask", "helmet", "cap", "headphones+", "bow tie", "jacket", "gloves+", "bandana", "wig", "ring",
    "bracelet", "apron", "cape", "veil", "headband", "beanie", "hoodie", "coat", "boots+", "monocle",
    "eyepatch", "party hat", "flower crown", "goggles+", "tiara", "earmuffs+", "backpack", "medal",
)
FACIAL_HAIR = _nouns("beard", "mustache", "goatee", "sideburns+", "stubble+")
HOLDABLES = _nouns(
    "balloon", "bouquet of flowers", "cup of coffee", "sword", "umbrella", "book", "guitar", "flag",
    "torch", "microphone", "phone", "ice cream cone", "puppy", "kitten", "lantern", "candle", "trophy",
    "fishing rod", "slice of pizza", "baguette", "briefcase", "teddy bear", "lollipop", "camera",
)
HANGABLES = _nouns(
    "painting", "poster", "mirror", "clock", "flag", "string lights+", "wreath", "calendar",
    "curtains+", "picture frame", "banner", "shelf",
)
STICKABLES = _nouns("sticker", "bow", "label", "flower", "star", "heart", "smiley face", "name tag", "patch", "bell")
EFFECTS = (
    "snow", "rain", "fog", "fireworks", "a rainbow", "lightning", "stars", "bubbles", "confetti",
    "sparkles", "smoke", "a lens flare", "northern lights", "falling leaves", "a full moon",
    "sunbeams", "a double rainbow", "butterflies", "cherry blossom petals", "a shooting star",
    "hot air balloons", "seagulls", "a comet", "glitter", "flames",
)
PRECIPITATION = ("snow", "rain", "hail", "pour", "sleet", "drizzle")
THINGS = (
    "a golden statue", "a marble statue", "a robot", "a zombie", "a cartoon character", "a vampire",
    "an old man", "a child", "a superhero", "a clown", "a pirate", "a knight", "an alien", "a snowman",
    "a bronze sculpture", "a pencil sketch", "a cyborg", "a werewolf", "an elf", "a lego figure",
    "a stone statue", "a wax figure", "a ghost", "a cat", "a tiger", "an oil painting", "a mermaid",
    "a wizard", "an astronaut", "a skeleton", "an ice sculpture", "a plush toy",
)
SCENES = (
    ("the day", "night"), ("day", "night"), ("the summer", "winter"), ("summer", "winter"),
    ("the sky", "a starry sky"), ("the blue sky", "a sunset"), ("the grass", "sand"),
    ("the road", "a river"), ("the lake", "ice"), ("the photo", "a painting"),
    ("the picture", "a watercolor"), ("the city", "a jungle"), ("the house", "a castle"),
    ("the beach", "a snowy field"), ("spring", "autumn"), ("the morning", "evening"),
    ("the sunny sky", "a stormy sky"), ("the field", "a desert"), ("the background", "a beach"),
    ("the forest", "a desert"), ("the street", "a canal"), ("daylight", "moonlight"),
    ("the scene", "a winter wonderland"), ("the room", "a spaceship"), ("the sea", "lava"),
)
COLORS = (
    "red", "blue", "green", "yellow", "orange", "purple", "pink", "black", "white", "gold", "golden",
    "silver", "brown", "gray", "teal", "turquoise", "navy blue", "bright red", "dark green",
    "pastel pink", "neon green", "rainbow colored", "beige", "maroon", "lime green", "crimson",
)
ADJECTIVES = (
    "older", "newer", "rusty", "shiny", "wet", "frozen", "wooden", "metallic", "old", "broken",
    "bigger", "smaller", "cleaner", "dirty", "transparent", "furry", "sparkly", "matte", "fluffy",
    "glossy", "vintage", "modern", "striped", "polka dotted", "checkered", "darker", "brighter",
)
MATERIALS = (
    "gold", "glass", "ice", "wood", "marble", "stone", "bronze", "chocolate", "lego bricks", "paper",
    "clay", "crystal", "candy", "plastic", "steel", "denim", "velvet", "leather", "copper", "jelly",
)
LOOKS = (
    "a vintage look", "a metallic finish", "a wooden texture", "a red tint", "a cartoon look",
    "a new paint job", "a marble texture", "a blue tint", "a retro feel", "a glossy finish",
    "a rusty texture", "a golden color", "a sepia tone", "a matte finish", "a watercolor look",
)
STYLES = (
    "a watercolor painting", "an oil painting", "a pencil sketch", "a cartoon", "an anime scene",
    "pixel art", "a van gogh painting", "a vintage photo", "a black and white photo", "a comic book",
    "a mosaic", "a pop art poster", "a claymation still", "a stained glass window", "an impressionist painting",
)
STYLE_ADJECTIVES = (
    "vintage", "cartoonish", "black and white", "sepia", "cyberpunk", "gothic", "retro", "dreamy",
    "noir", "cinematic", "monochrome", "psychedelic", "futuristic", "medieval", "steampunk",
)
ARTISTS = (
    "van gogh", "monet", "picasso", "studio ghibli", "pixar", "dali", "hokusai", "warhol", "rembrandt",
    "klimt", "munch", "frida kahlo", "edward hopper", "matisse",
)
TIMES = (
    "night", "winter", "autumn", "fall", "sunset", "evening", "dusk", "dawn", "spring", "summer",
    "midnight", "a rainy day", "a snowy day", "golden hour", "a foggy morning", "nighttime", "daytime",
)
HAIR = (
    "blonde", "curly", "red", "pink", "gray", "black", "short", "long", "wavy", "straight", "purple",
    "silver", "brown", "blue", "green", "braided", "spiky",
)
MOODS = (
    "older", "younger", "smile", "look happy", "look sad", "frown", "laugh", "look surprised", "look angry",
    "look tired",
)
WHO = (
    "him", "her", "them", "the man", "the woman", "the girl", "the boy", "the kid", "the lady",
    "the guy", "the baby", "me", "the dog", "the cat", "the old man", "the bride", "the groom",
)
SUBJECTS = ("he", "she", "they", "the man", "the woman", "the girl", "the boy", "the kid", "the lady", "the guy", "i")
POSSESSIVES = (
    "his", "her", "their", "the man's", "the woman's", "the girl's", "the boy's", "the kid's",
    "the lady's", "the guy's", "my", "the old man's", "the dog's",
)
PLACES = (
    "on the table", "in the sky", "next to him", "next to her", "in the background", "on the left",
    "on the right", "behind her", "in front of the house", "in the corner", "on the floor",
    "on the grass", "on the beach", "by the window", "on the shelf", "in the foreground",
    "near the tree", "beside the car", "at the top", "in the middle", "on the wall", "on the roof",
    "in the water", "on her lap", "on the desk", "by the door", "under the tree", "on the bench",
)
AREAS = ("picture", "photo", "image", "background", "scene", "shot", "foreground", "frame", "pic")
CONTAINERS = (
    ("sky", "balloons"), ("vase", "flowers"), ("table", "food"), ("shelf", "books"), ("street", "cars"),
    ("field", "sunflowers"), ("bowl", "fruit"), ("room", "plants"), ("pond", "ducks"),
    ("tree", "birds"), ("beach", "umbrellas"), ("garden", "roses"),
)
PLANTABLES = _nouns("tree", "palm tree", "rose bush", "sunflower", "cactus", "row of tulips+", "hedge", "oak tree")

HELD_OUT_NOUNS = frozenset({
    "lamp", "bicycle", "vase", "horse", "suitcase", "pumpkin", "guitar", "kite", "lighthouse",
    "boxes", "scarf", "headphones", "necklace", "monocle", "fireworks", "a robot", "an astronaut",
    "watermark", "goatee", "haze", "litter", "trophy", "wreath", "bell", "cactus", "pixel art",
    "lava", "a spaceship", "a comet", "puddles",
})
