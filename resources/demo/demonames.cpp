#include "demonames.h"

namespace herald::demo {

namespace {
constexpr const char *kFirst[] = {
    "Olivia", "Liam",   "Amelia", "Noah",    "Isla",   "Oliver", "Ava",     "George", "Mia",    "Arthur",
    "Sofia",  "Leo",    "Grace",  "Oscar",   "Freya",  "Harry",  "Lily",    "Jack",   "Emily",  "Muhammad",
    "Chloe",  "Theo",   "Aisha",  "Lucas",   "Zara",   "Mateo",  "Hannah",  "Ethan",  "Priya",  "Jonas",
    "Elena",  "Tomasz", "Chiara", "Kwame",   "Yuki",   "Diego",  "Ingrid",  "Rafael", "Nadia",  "Samuel",
    "Maya",   "Felix",  "Ruby",   "Henrik",  "Leila",  "Daniel", "Sienna",  "Omar",   "Clara",  "Benjamin",
    "Anya",   "Caleb",  "Ines",   "Patrick", "Lucia",  "Aaron",  "Fatima",  "Marcus", "Erin",   "Victor"};
constexpr const char *kLast[] = {
    "Smith",   "Jones",    "Taylor",  "Brown",    "Williams", "Wilson",  "Johnson", "Davies",  "Patel",   "Wright",
    "Evans",   "Thomas",   "Roberts", "Walker",   "Hughes",   "Green",   "Lewis",   "Wood",    "Harris",  "Martin",
    "Clarke",  "Khan",     "Jackson", "Turner",   "Hill",     "Scott",   "Moore",   "Cooper",  "Ward",    "Morris",
    "Novak",   "Rossi",    "Garcia",  "Müller",   "Dubois",   "Kowalski", "Nguyen", "Okafor",  "Silva",   "Jensen",
    "Murphy",  "O'Brien",  "Fischer", "Andersen", "Costa",    "Ivanova", "Sato",    "Mensah",  "Larsen",  "Bianchi"};
} // namespace

std::span<const char *const> firstNames()
{
    return kFirst;
}

std::span<const char *const> lastNames()
{
    return kLast;
}

} // namespace herald::demo
