/**
 * The Alexa Skills Kit custom-skill JSON envelope as plain Jackson records: only the fields this skill reads or
 * writes. Unknown fields are ignored so Alexa can add to its envelope without breaking us. Every record is
 * registered for reflection because Jackson builds and reads records reflectively in a native image.
 */
package dev.crampguide.alexa.envelope;
