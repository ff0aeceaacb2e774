#include "Prompt.h"

namespace backstride {

Prompt::Prompt(int importance, QObject* parent) : QObject(parent), m_importance(importance)
{
}

} // namespace backstride
